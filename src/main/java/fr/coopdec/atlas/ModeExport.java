package fr.coopdec.atlas;

/** What one line of an export is: a partnership, or a project (with its partnership's columns). */
public enum ModeExport {
    PARTENARIAT,
    PROJET
}
