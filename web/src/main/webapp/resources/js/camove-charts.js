/* camove charts: what a Chart.js configuration cannot say in JSON (functions). Used as p:chart extenders. */

/* A percentage chart: its axis and tooltips end with a % sign, numbers in the reader's locale. */
function camovePercentChart() {
    var options = this.cfg.config.options;
    options.scales.y.ticks = {
        callback: function (value) {
            return value.toLocaleString(options.locale) + ' %';
        }
    };
    options.plugins.tooltip.callbacks = {
        label: function (item) {
            return item.dataset.label + ': ' + item.formattedValue + ' %';
        }
    };
}
