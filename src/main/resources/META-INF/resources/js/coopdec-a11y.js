/*
 * Keyboard helpers that must work on every page, loaded as a classic script (no npm build, and no
 * inline handler, so a strict Content-Security-Policy keeps working).
 * The skip link: Vaadin sets <base href="/">, so "#contenu" would resolve to the home page. Moving
 * the focus here keeps the reader on the current page and puts the next Tab inside the content.
 */
(function () {
  if (window.coopdecA11y) {
    return;
  }
  window.coopdecA11y = true;
  document.addEventListener('click', function (event) {
    const link = event.target && event.target.closest ? event.target.closest('a.skip-link') : null;
    if (!link) {
      return;
    }
    const target = document.getElementById(link.hash.substring(1));
    if (!target) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
    target.scrollIntoView();
  }, true);
})();
