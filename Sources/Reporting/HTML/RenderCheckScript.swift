/// The small inline script of report.html that lets `scripts/check-report.sh` see, in
/// the DOM that headless Chromium dumps, whether every chart rendered.
///
/// After the page has loaded it looks at every `figure.chart`: the chart counts as
/// rendered when its `<svg>` has a laid-out box of at least 100 x 100 px and holds at
/// least one drawn mark (a series line or bar, or a map dot) whose bounding box is not
/// empty. It writes on the `<html>` element: `data-charts` (the number of charts),
/// `data-charts-failed` (the ids of those that did not render, space-separated),
/// `data-chart-boxes` (`id:left,top,width,height;...` in CSS pixels of the page, for the
/// screenshot check) and `data-page-height`. It loads nothing and changes nothing that is
/// visible.
enum RenderCheckScript {
    static let source = """
    (function () {
      function check() {
        var figures = document.querySelectorAll('figure.chart');
        var failed = [], boxes = [];
        for (var i = 0; i < figures.length; i++) {
          var figure = figures[i], svg = figure.querySelector('svg'), ok = false;
          if (svg) {
            var box = svg.getBoundingClientRect();
            var marks = svg.querySelectorAll('.series polyline, .series rect, circle.unit');
            var drawn = 0;
            for (var j = 0; j < marks.length; j++) {
              var b = marks[j].getBBox();
              if (b.width > 0 || b.height > 0) drawn++;
            }
            ok = box.width >= 100 && box.height >= 100 && drawn > 0;
            boxes.push(figure.id + ':' + Math.round(box.left + window.scrollX) + ',' + Math.round(box.top + window.scrollY)
              + ',' + Math.round(box.width) + ',' + Math.round(box.height));
          }
          if (!ok) failed.push(figure.id);
        }
        var root = document.documentElement;
        root.setAttribute('data-charts', String(figures.length));
        root.setAttribute('data-charts-failed', failed.join(' '));
        root.setAttribute('data-chart-boxes', boxes.join(';'));
        root.setAttribute('data-page-height', String(Math.ceil(root.scrollHeight)));
      }
      if (document.readyState === 'complete') check(); else window.addEventListener('load', check);
    })();
    """
}
