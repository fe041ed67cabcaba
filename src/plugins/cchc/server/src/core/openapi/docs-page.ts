import { escapeHtml } from '../html';
import { SWAGGER_UI_VI } from './swagger-ui-vi';

export type DocsLanguage = 'vi' | 'en';

export interface DocsPageInput {
  /** where Swagger UI's script and styles are served */
  assetsPath: string;
  /** the path the app is served under ('' at the root), for the assets and the document */
  basePath: string;
  /** where the OpenAPI document is served (`/api/cchc/openapi.json`) */
  documentPath: string;
  title: string;
  language: DocsLanguage;
}

/** JSON that may sit inside a <script> element: no `</script>`, no `<!--`. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/* Swaps Swagger UI's own words for Vietnamese as it draws, never inside the document's text
   (descriptions, names, examples, answers), which is shown as written. */
const TRANSLATE = `
function cchcTranslate(root, words) {
  var skip = '.markdown, .renderedMarkdown, pre, code, textarea, .prop-name, .parameter__name, '
    + '.opblock-summary-path, .opblock-summary-description, .model-title, .info';
  var own = Object.prototype.hasOwnProperty;
  var text = function (node) {
    var parent = node.parentElement;
    var key = node.nodeValue.trim();
    if (key && own.call(words, key) && parent && !parent.closest(skip)) {
      node.nodeValue = node.nodeValue.replace(key, words[key]);
    }
  };
  var attributes = function (element) {
    ['placeholder', 'title', 'aria-label'].forEach(function (name) {
      var value = element.getAttribute(name);
      if (value && own.call(words, value.trim())) {
        element.setAttribute(name, words[value.trim()]);
      }
    });
  };
  var visit = function (node) {
    if (node.nodeType === 3) {
      text(node);
      return;
    }
    if (node.nodeType !== 1) {
      return;
    }
    attributes(node);
    node.querySelectorAll('[placeholder], [title], [aria-label]').forEach(attributes);
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (var current = walker.nextNode(); current; current = walker.nextNode()) {
      text(current);
    }
  };
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.type === 'characterData') {
        text(change.target);
      } else {
        change.addedNodes.forEach(visit);
      }
    });
  }).observe(root, { childList: true, subtree: true, characterData: true });
  visit(root);
}`;

/**
 * The Swagger UI page of /documentation: its script and styles from the swagger-ui-dist package
 * this app ships and serves, the document from this app's own address, no online validator, no
 * "explore" bar with a sample URL, and Swagger UI's words in Vietnamese unless English is asked
 * for.
 */
export const docsPageHtml = ({
  assetsPath: assets,
  basePath,
  documentPath,
  title,
  language,
}: DocsPageInput) => {
  const other: DocsLanguage = language === 'vi' ? 'en' : 'vi';
  const switchLabel = language === 'vi' ? 'English' : 'Tiếng Việt';
  const config = {
    url: `${basePath}${documentPath}`,
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'list',
    filter: true,
    validatorUrl: null,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    layout: 'BaseLayout',
  };
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(assets)}/swagger-ui.css">
<link rel="icon" type="image/png" href="${escapeHtml(assets)}/favicon-32x32.png" sizes="32x32">
<style>
body { margin: 0; background: #fafafa; }
.cchc-language { max-width: 1460px; margin: 0 auto; padding: 12px 20px 0; text-align: right;
  font-family: sans-serif; font-size: 14px; }
</style>
</head>
<body>
<nav class="cchc-language"><a href="?lang=${other}" hreflang="${other}" lang="${other}">${switchLabel}</a></nav>
<div id="swagger-ui"></div>
<script src="${escapeHtml(assets)}/swagger-ui-bundle.js"></script>
<script>
${language === 'vi' ? TRANSLATE : ''}
(function () {
  var config = ${scriptJson(config)};
  config.presets = [SwaggerUIBundle.presets.apis];
  window.ui = SwaggerUIBundle(config);
  ${language === 'vi' ? `cchcTranslate(document.getElementById('swagger-ui'), ${scriptJson(SWAGGER_UI_VI)});` : ''}
})();
</script>
</body>
</html>
`;
};
