/**
 * A prerendered page other than a paper's is built in every interface language: the default
 * one in `#root`, each other one in a `<template data-ui>` after it. When one of them is what
 * this reader should see (their stored languages, at exactly the page's address), the script
 * in index.html names it (`html[data-variant]`) and keeps the page hidden. This puts it in
 * place before the page is ever shown; the app then hydrates it like any other page.
 */
export function showPrerenderedVariant(): void {
  const html = document.documentElement;
  const lang = html.dataset.variant;
  if (lang === undefined) return;
  delete html.dataset.variant;
  const root = document.getElementById('root');
  const template = [...document.querySelectorAll('template[data-ui]')].find(
    (element) => element.getAttribute('data-ui') === lang,
  );
  // Without it the page stays stale: the app draws it afresh.
  if (root === null || !(template instanceof HTMLTemplateElement)) return;
  root.replaceChildren(template.content);
  html.lang = lang;
  if (html.dataset.summary !== undefined) html.dataset.summary = lang;
  delete html.dataset.stale;
}
