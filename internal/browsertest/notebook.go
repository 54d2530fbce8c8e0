package browsertest

import (
	"fmt"
	"strings"
	"time"
)

// Cell is a code cell of a notebook open in the classic Jupyter Notebook
// interface, after a run.
type Cell struct {
	Index  int      // position among all the notebook's cells, from 1
	Count  *int     // execution count; nil when the cell did not run
	Line   string   // first line of its source
	Errors []string // its error outputs, "ename: evalue"
	Output string   // the end of its stdout and stderr streams, for diagnosis
}

func (c Cell) String() string {
	count := " "
	if c.Count != nil {
		count = fmt.Sprint(*c.Count)
	}
	return fmt.Sprintf("cell %d (In [%s], %q)", c.Index, count, c.Line)
}

// notebookReadyJS is truthy once the notebook is loaded and its kernel
// connected.
const notebookReadyJS = `!!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded &&
  Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected())`

// notebookIdleJS is truthy when no code cell waits or runs and the kernel
// says it is idle.
const notebookIdleJS = `(() => {
  const nb = Jupyter.notebook;
  return !nb.kernel_busy && nb.get_cells().every(c => c.cell_type !== 'code' || c.input_prompt_number !== '*');
})()`

// cellsJS describes the cells, as a JSON array of Cell.
const cellsJS = `Jupyter.notebook.get_cells().map((c, i) => ({
  Index: i + 1,
  Type: c.cell_type,
  Count: (c.cell_type === 'code' && typeof c.input_prompt_number === 'number') ? c.input_prompt_number : null,
  Line: c.get_text().split('\n')[0],
  Errors: c.cell_type === 'code' ? c.output_area.outputs.filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue) : [],
  Output: c.cell_type === 'code' ? c.output_area.outputs.filter(o => o.output_type === 'stream').map(o => [].concat(o.text).join('')).join('').slice(-600) : '',
})).filter(c => c.Type === 'code')`

// RunNotebook runs every cell of the notebook open in the page (the
// classic Notebook interface, as the Cell menu's "Run All" does) and waits
// until its kernel is idle again, for at most timeout. It returns the code
// cells, and an error naming every cell that failed or did not run.
func (p *Page) RunNotebook(timeout time.Duration) ([]Cell, error) {
	if err := p.WaitFor(notebookReadyJS, 60*time.Second); err != nil {
		return nil, fmt.Errorf("notebook or kernel not ready: %w", err)
	}
	if err := p.Eval(`Jupyter.notebook.execute_all_cells(); true`, nil); err != nil {
		return nil, fmt.Errorf("run all cells: %w", err)
	}
	waitErr := p.WaitFor(notebookIdleJS, timeout)
	var cells []Cell
	if err := p.Eval(cellsJS, &cells); err != nil {
		return nil, fmt.Errorf("read cells: %w", err)
	}
	var bad []string
	for _, c := range cells {
		switch {
		case len(c.Errors) > 0:
			msg := fmt.Sprintf("%s failed: %s", c, strings.Join(c.Errors, "; "))
			if out := strings.TrimSpace(c.Output); out != "" {
				msg += "\n\t" + strings.ReplaceAll(out, "\n", "\n\t")
			}
			bad = append(bad, msg)
		case c.Count == nil:
			bad = append(bad, fmt.Sprintf("%s did not run", c))
		}
	}
	if waitErr != nil {
		bad = append([]string{fmt.Sprintf("kernel not idle after %v", timeout)}, bad...)
	}
	if len(bad) > 0 {
		return cells, fmt.Errorf("%s", strings.Join(bad, "\n"))
	}
	return cells, nil
}
