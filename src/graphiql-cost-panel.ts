/**
 * The cost of the last answer, under GraphiQL's response pane. GraphiQL sends `x-opsgraph-cost: 1`
 * by default (graphiql.ts), and shows `extensions.cost` in the response JSON; this adds a one-line
 * summary (calls by cache outcome, budget wait, the estimate against its limits) with the calls
 * listed when opened. A small inline script, no dependency: it wraps `fetch` before GraphiQL's
 * bundle runs, reads a copy of each JSON answer from the GraphQL endpoint, and writes text only
 * (textContent), so nothing in an answer is ever interpreted as markup.
 */

/**
 * Runs in the page. Plain ES2017 text, not a compiled function: what the build would add to a
 * function (helpers, renamed identifiers) does not exist in the page.
 */
const COST_PANEL_SCRIPT = `(function () {
  var PANEL_ID = 'opsgraph-cost';
  function panel() {
    var element = document.getElementById(PANEL_ID);
    if (!element) {
      element = document.createElement('details');
      element.id = PANEL_ID;
      element.setAttribute('style', 'position:fixed;right:16px;bottom:12px;z-index:20;max-width:46rem;max-height:40vh;overflow:auto;' +
        'padding:6px 10px;border-radius:6px;font:12px/1.5 ui-monospace,monospace;background:rgba(31,41,55,.92);color:#f9fafb');
      document.body.appendChild(element);
    }
    return element;
  }
  function summary(cost) {
    var counts = {};
    cost.calls.forEach(function (call) { counts[call.cache] = (counts[call.cache] || 0) + 1; });
    var outcomes = Object.keys(counts).map(function (cache) { return counts[cache] + ' ' + cache; });
    var parts = [cost.kept ? 'cost: kept result, no calls'
      : 'cost: ' + cost.calls.length + ' calls' + (outcomes.length ? ' (' + outcomes.join(', ') + ')' : '')];
    parts.push('budget wait ' + cost.budgetWaitMs + ' ms');
    var estimate = cost.estimate;
    if (estimate) {
      var limit = estimate.clickhouseCallLimit === null ? 'no budget' : 'limit ' + estimate.clickhouseCallLimit + ' per ' + estimate.windowMs + ' ms';
      parts.push('estimate ' + estimate.clickhouseCalls + ' ClickHouse calls (' + limit + ')', 'document cost ' + estimate.cost + ' of ' + estimate.maxCost);
    }
    return parts.join(' \\u00b7 ');
  }
  function show(cost) {
    var element = panel();
    element.textContent = '';
    var title = document.createElement('summary');
    title.textContent = summary(cost);
    element.appendChild(title);
    var list = document.createElement('pre');
    list.setAttribute('style', 'margin:4px 0 0;white-space:pre-wrap');
    list.textContent = cost.calls.map(function (call) {
      return (call.cache + '         ').slice(0, 10) + (String(call.status === null ? '-' : call.status) + '    ').slice(0, 5) +
        call.ms + ' ms  ' + call.method + ' ' + call.upstream + ' ' + call.path;
    }).join('\\n');
    element.appendChild(list);
  }
  function hide() {
    var element = document.getElementById(PANEL_ID);
    if (element) element.remove();
  }
  var original = window.fetch.bind(window);
  window.fetch = function () {
    return original.apply(null, arguments).then(function (response) {
      if (/json/i.test(response.headers.get('content-type') || '')) {
        response.clone().json().then(function (body) {
          if (body && body.extensions && body.extensions.cost) show(body.extensions.cost);
          else if (body && (body.data !== undefined || body.errors)) hide();
        }).catch(function () {});
      }
      return response;
    });
  };
})();`;

const SCRIPT = `<script>${COST_PANEL_SCRIPT}</script>`;

/** GraphiQL's page with the cost panel's script, which must run before GraphiQL's own. */
export function withCostPanel(html: string): string {
  const head = html.indexOf('</head>');
  return head === -1 ? html : `${html.slice(0, head)}${SCRIPT}${html.slice(head)}`;
}
