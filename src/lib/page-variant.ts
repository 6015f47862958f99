import { PAGE_HEAD_TAGS } from './page-data.ts';

/**
 * A prerendered page other than a paper's is built in every interface language: the default
 * one in `#root` and `<head>`, each other one in a `<template data-ui>` (its markup) and a
 * `<template data-ui-head>` (its head tags) after it. When one of them is what this reader
 * should see (their stored languages, at exactly the page's address), the script in
 * index.html names it (`html[data-variant]`) and keeps the page hidden. This puts it in place
 * before the page is ever shown; the app then hydrates it like any other page.
 */
export function showPrerenderedVariant(): void {
  const html = document.documentElement;
  const lang = html.dataset.variant;
  if (lang === undefined) return;
  delete html.dataset.variant;
  const root = document.getElementById('root');
  const markup = templateFor('data-ui', lang);
  const head = templateFor('data-ui-head', lang);
  // Without it the page stays stale: the app draws it afresh.
  if (root === null || markup === undefined || head === undefined) return;
  root.replaceChildren(markup.content);
  // Hydration adopts the head tags it finds; the default language's would stay beside them.
  for (const tag of document.head.querySelectorAll(PAGE_HEAD_TAGS)) tag.remove();
  document.head.append(...head.content.querySelectorAll(PAGE_HEAD_TAGS));
  html.lang = lang;
  delete html.dataset.stale;
}

function templateFor(attribute: string, lang: string): HTMLTemplateElement | undefined {
  const found = [...document.querySelectorAll(`template[${attribute}]`)].find(
    (element) => element.getAttribute(attribute) === lang,
  );
  return found instanceof HTMLTemplateElement ? found : undefined;
}
