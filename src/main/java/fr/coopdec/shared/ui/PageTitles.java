package fr.coopdec.shared.ui;

/** Page titles read "What · CoopDec", so tabs and screen readers name the page first. */
public final class PageTitles {

    private PageTitles() {}

    public static String of(String page) {
        return page + " · CoopDec";
    }
}
