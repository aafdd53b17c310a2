package fr.coopdec.ficol;

import java.math.BigDecimal;

/** Amounts of a group of files: requested (submitted files), committed (granted) and disbursed. */
public record FicolAgregat(String cle, long dossiers, BigDecimal demande, BigDecimal engage, BigDecimal verse) {}
