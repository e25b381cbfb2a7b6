/*
 * The indicator values page (indicator-values.xhtml), in the browser so that slow connections make no request per
 * keystroke: the total of a fully disaggregated value is the sum of its cells, derived as the user types (read-only
 * then; typed when the value is marked partially disaggregated); a percentage shows numerator / denominator as a
 * percentage; Enter in an input does not submit the form; Ctrl+S (or Cmd+S) saves the whole sheet; a refused save's
 * messages are put beside the inputs they name. The server checks everything again: this only spares typing.
 */
(function () {
    'use strict';

    var SCALE = 10000n; // four decimals, as the server keeps figures

    /** Typed text as a number of ten-thousandths (BigInt); null when blank, undefined when not a number. */
    function parse(text) {
        var digits = (text || '').replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
        if (digits === '') {
            return null;
        }
        var match = /^(-?)(\d{1,15})(?:\.(\d{1,4}))?$/.exec(digits);
        if (!match) {
            return undefined;
        }
        var scaled = BigInt(match[2]) * SCALE + BigInt(((match[3] || '') + '0000').substring(0, 4));
        return match[1] === '-' ? -scaled : scaled;
    }

    function format(scaled) {
        var negative = scaled < 0n;
        var absolute = negative ? -scaled : scaled;
        var fraction = (absolute % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
        return (negative ? '-' : '') + (absolute / SCALE).toString() + (fraction ? '.' + fraction : '');
    }

    function derive(line) {
        var partial = line.querySelector('.camove-partial');
        if (partial) {
            ['value', 'numerator', 'denominator'].forEach(function (part) {
                var total = line.querySelector('.camove-total[data-part="' + part + '"]');
                if (!total) {
                    return;
                }
                total.readOnly = !partial.checked;
                total.classList.toggle('camove-derived', !partial.checked);
                if (partial.checked) {
                    return;
                }
                var sum = 0n, typed = false, malformed = false;
                line.querySelectorAll('.camove-cell[data-part="' + part + '"]').forEach(function (cell) {
                    var figure = parse(cell.value);
                    if (figure === undefined) {
                        malformed = true;
                    } else if (figure !== null) {
                        sum += figure;
                        typed = true;
                    }
                });
                total.value = typed && !malformed ? format(sum) : '';
            });
        }
        percent(line);
    }

    function percent(line) {
        var shown = line.querySelector('.camove-percent');
        if (!shown) {
            return;
        }
        var numerator = parse((line.querySelector('.camove-total[data-part="numerator"]') || {}).value);
        var denominator = parse((line.querySelector('.camove-total[data-part="denominator"]') || {}).value);
        shown.textContent = numerator != null && denominator != null && denominator > 0n
            ? '= ' + (Number(numerator * 1000n / denominator) / 10).toString() + ' %' : '';
    }

    function lineOf(event) {
        return event.target.closest ? event.target.closest('.camove-value') : null;
    }

    document.addEventListener('input', function (event) {
        var line = lineOf(event);
        if (line) {
            derive(line);
        }
    });
    document.addEventListener('change', function (event) {
        var line = lineOf(event);
        if (line) {
            derive(line);
        }
    });
    document.addEventListener('keydown', function (event) {
        var form = document.querySelector('.camove-values-form');
        if (!form) {
            return;
        }
        if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
            event.preventDefault();
            var save = form.querySelector('.camove-save');
            if (save) {
                save.click();
            }
        } else if (event.key === 'Enter' && event.target.tagName === 'INPUT' && form.contains(event.target)) {
            event.preventDefault();
        }
    });

    // a value's history: a plain link in the grid, read by the page's remote command (no component per line)
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.camove-history-link') : null;
        var form = link ? link.closest('.camove-values-form') : null;
        if (!form || typeof camoveHistory !== 'function') {
            return;
        }
        event.preventDefault();
        camoveHistory([{name: 'period', value: form.dataset.period}, {name: 'partner', value: form.dataset.partner},
            {name: 'indicator', value: link.dataset.indicator}]);
    });

    /** A refused save's messages (#valueErrors, by field), each put after the input(s) of its field. */
    function showErrors() {
        var holder = document.getElementById('valueErrors');
        if (!holder) {
            return;
        }
        var errors = JSON.parse(holder.dataset.errors || '{}');
        Object.keys(errors).forEach(function (field) {
            var inputs = [field, field + '.numerator', field + '.denominator'].map(function (name) {
                return document.querySelector('[data-field="' + CSS.escape(name) + '"]');
            }).filter(Boolean);
            if (inputs.length) {
                var message = document.createElement('span');
                message.className = 'camove-field-error';
                message.dataset.errorFor = field;
                message.textContent = errors[field];
                inputs[inputs.length - 1].after(message);
            }
        });
    }

    function start() {
        document.querySelectorAll('.camove-value').forEach(derive);
        showErrors();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
