// Each language's page for when the app cannot start (lang/<tag>.html): index.html's own
// page — the service's name, what it is for, Exit this page and "If you need help now" — in
// that language and with no script, for a browser that cannot run the app (JavaScript off,
// the app's file blocked or broken). index.html's list of languages links to each, and each
// links back to English and to the app in its language (fallback.test.mjs).
//
// Each English text of index.html is found by its key in the English wording (lang/en.json,
// written by build.rs) and replaced with the language's own (lang/<tag>.json). A text that
// is not found fails the build: index.html and the wording must say the same.

// As content::language::is_right_to_left (fallback.test.mjs checks that each page's dir is
// the one the app sets for its language).
const RIGHT_TO_LEFT = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'];

/** The texts index.html shows as they are, by key: each is replaced whole. */
const WHOLE_TEXTS = ['site.start.title', 'site.start.lead', 'site.exit.button', 'site.help_now.title', 'site.help_now.intro', 'site.start.start_button'];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `html` with `from` replaced by `to` (every time), failing when `from` is not there. */
function replaceAll(html, from, to, what) {
  const found = typeof from === 'string' ? html.includes(from) : from.test(html);
  if (!found) throw new Error(`fallback pages: index.html no longer has ${what}`);
  return typeof from === 'string' ? html.split(from).join(to) : html.replace(from, to);
}

/**
 * The page in `tag`: `html` is index.html as built, `english` and `own` the texts by key,
 * `languages` the [[languages]] of site.toml ({ tag, name }, English first).
 */
export function fallbackPage(html, { tag, english, own, languages }) {
  const dir = RIGHT_TO_LEFT.includes(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
  let page = html;
  // No script at all: this page is for where scripts or the app do not run.
  page = page.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\brel=["']?(modulepreload|preload)["']?[^>]*>/g, '');
  page = replaceAll(page, /<meta\b[^>]*\bname="?description"?[^>]*>/, '', 'its description');
  page = replaceAll(page, /<html lang="?[^">\s]+"?>/, `<html lang="${tag}" dir="${dir}">`, 'its <html lang>');
  // The page sits in lang/: its style sheets and icon are one folder up.
  page = page.replace(/\b(href|src)=(["']?)\.\//g, '$1=$2../');
  page = replaceAll(page, /<title>[^<]*<\/title>/, `<title>${escapeHtml(own['site.service_name'])}</title>`, 'its <title>');

  for (const key of WHOLE_TEXTS) {
    page = replaceAll(page, `>${escapeHtml(english[key]).replace(/&quot;/g, '"')}<`, `>${escapeHtml(own[key])}<`, `the text of ${key}`);
  }
  // "If you need help now": each line keeps its phone links, in the language's sentence.
  for (let i = 0; `site.help_now.line.${i}.text` in english; i++) {
    const key = `site.help_now.line.${i}.text`;
    const template = english[key].split('{phone}').map((part) => escapeRegExp(escapeHtml(part).replace(/&quot;/g, '"')));
    const line = new RegExp(`>${template.join('(<a\\b[^>]*>[^<]*</a>)')}<`);
    const found = page.match(line);
    if (!found) throw new Error(`fallback pages: index.html no longer has the text of ${key}`);
    const links = found.slice(1);
    const ownLine = own[key].split('{phone}').map(escapeHtml);
    page = page.replace(line, `>${ownLine.map((part, at) => part + (links[at] ?? '')).join('')}<`);
  }
  // The start link and "Try again" open the app in this language, where it can run.
  page = replaceAll(page, /href="?#\/carer\/age"?/, `href="../?lang=${tag}#/carer/age"`, 'its start link');
  const cannotStart =
    `<p class="cc-body">${escapeHtml(own['fallback.cannot_start'])}</p>` +
    `<p class="cc-body"><a class="cc-link" href="../?lang=${tag}">${escapeHtml(own['fallback.try_again'])}</a></p>`;
  page = replaceAll(page, /<p class="cc-body cc-loading">[^<]*<\/p>/, cannotStart, 'its loading message');
  // As on the app's start page: honest about a translation nobody fluent has checked yet.
  if (own['site.language_unreviewed']) {
    const note =
      `<div class="cc-notice" role="note"><p class="cc-body">${escapeHtml(own['site.language_unreviewed'])} ` +
      `<a class="cc-link" href="../" hreflang="en">${escapeHtml(own['site.language_in_english'])}</a></p></div>`;
    page = replaceAll(page, /(<main\b[^>]*>)/, `$1${note}`, 'its <main>');
  }
  // The other languages, each named in its own words: English is the page one folder up.
  const others = languages
    .filter((other) => other.tag !== tag)
    .map((other) => `<a class="cc-link" href="${other.tag === 'en' ? '../' : `${other.tag}.html`}" lang="${other.tag}" hreflang="${other.tag}">${escapeHtml(other.name)}</a>`);
  const list = new RegExp(`(<p class="cc-body-s cc-footer__languages">)${escapeRegExp(escapeHtml(english['site.languages_label']))} <a\\b[\\s\\S]*?</p>`);
  page = replaceAll(page, list, (_, start) => `${start}${escapeHtml(own['site.languages_label'])} ${others.join(' ')}</p>`, 'its list of languages');
  return page;
}
