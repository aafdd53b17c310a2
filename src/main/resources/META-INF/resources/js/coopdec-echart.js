/*
 * <coopdec-echart>: an ECharts chart driven from Java (fr.coopdec.shared.ui.EChart). Plain JS, no
 * build step (the app uses Vaadin's pre-compiled bundles, see STACK-NOTES). The server sets the
 * `option` property (a JSON string); `map-url` names a GeoJSON to register as the map `map-name` before the
 * option is applied. A click dispatches `coopdec-chart-click` with {code, name, value}.
 */
(function () {
  if (customElements.get('coopdec-echart')) {
    return;
  }
  const maps = {}; // map name -> Promise, so a page with several maps fetches each GeoJSON once

  function whenEcharts() {
    // Both scripts are added by Vaadin; echarts.min.js may finish loading after this file.
    return new Promise((resolve) => {
      const check = () => (window.echarts ? resolve(window.echarts) : setTimeout(check, 50));
      check();
    });
  }

  function registerMap(echarts, name, url) {
    if (!maps[name]) {
      maps[name] = fetch(url)
        .then((response) => response.json())
        .then((geoJson) => echarts.registerMap(name, geoJson));
    }
    return maps[name];
  }

  // The server sends the option as a JSON string (lighter to keep in its session than a JSON tree).
  function parse(value) {
    return typeof value === 'string' && value ? JSON.parse(value) : value;
  }

  // Numbers in the reader's language (the page's lang, set by the server): "250 000 000" in French.
  function number(value) {
    return new Intl.NumberFormat(document.documentElement.lang || 'fr').format(value);
  }

  // Value axes format their numbers and drop labels that would overlap; category axes are labelled
  // by the server (every category). Horizontal bars get 28 px per category so no label is squeezed.
  function localise(option, element) {
    ['xAxis', 'yAxis'].forEach((name) => {
      [].concat(option[name] || []).forEach((axis) => {
        if (axis.type === 'value') {
          axis.axisLabel = Object.assign({ hideOverlap: true, formatter: number }, axis.axisLabel);
        } else if (axis.type === 'category' && name === 'yAxis' && Array.isArray(axis.data)) {
          // a row per category, taller when some labels wrap on two lines
          const wraps = axis.data.some((label) => String(label).length > 30);
          const wanted = axis.data.length * (wraps ? 36 : 28) + 60;
          if (element.offsetHeight < wanted) {
            element.style.height = wanted + 'px';
          }
        }
      });
    });
    // the colour scale of a map writes its bounds in the reader's language too
    [].concat(option.visualMap || []).forEach((scale) => {
      if (!scale.formatter) {
        scale.formatter = (value) => number(Math.round(value));
      }
    });
  }

  // Tooltips read the label the server put on each data item (codes stay the item names).
  function tooltip(p) {
    const label = (p.data && p.data.label) || p.name;
    const value = typeof p.value === 'number' && !isNaN(p.value) ? number(p.value) : '–';
    const dot = p.marker || '';
    return dot + label + ' : <b>' + value + '</b>';
  }

  class CoopDecEChart extends HTMLElement {
    constructor() {
      super();
      // The server may set `option` before this script defines the element: re-run it through the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const value = this.option;
        delete this.option;
        this._option = parse(value);
      }
    }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      whenEcharts().then((echarts) => {
        if (this.chart || !this.isConnected) {
          return;
        }
        this.chart = echarts.init(this, null, { renderer: 'canvas' });
        this.chart.on('click', (p) => this.dispatchEvent(new CustomEvent('coopdec-chart-click', {
          detail: {
            code: (p.data && p.data.code) || p.name,
            name: (p.data && p.data.label) || p.name,
            value: typeof p.value === 'number' && !isNaN(p.value) ? p.value : null,
          },
        })));
        this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
        this.resizer.observe(this);
        this.render();
      });
    }

    disconnectedCallback() {
      if (this.resizer) {
        this.resizer.disconnect();
        this.resizer = null;
      }
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    set option(value) {
      this._option = parse(value);
      this.render();
    }

    get option() {
      return this._option;
    }

    render() {
      if (!this.chart || !this._option) {
        return;
      }
      const option = JSON.parse(JSON.stringify(this._option));
      if (option.tooltip && !option.tooltip.formatter) {
        option.tooltip.formatter = tooltip;
      }
      localise(option, this);
      const mapUrl = this.getAttribute('map-url');
      const ready = mapUrl
        ? registerMap(window.echarts, this.getAttribute('map-name') || 'world', mapUrl)
        : Promise.resolve();
      ready.then(() => this.chart && this.chart.setOption(option, true));
    }
  }

  customElements.define('coopdec-echart', CoopDecEChart);
})();
