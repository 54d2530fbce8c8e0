package browsertest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ProblemKind names a kind of event that makes a page check fail.
type ProblemKind string

// The kinds of Problem a Page records.
const (
	Blocked      ProblemKind = "blocked request"    // a request to a URL that Allowed refuses
	ConsoleError ProblemKind = "console error"      // console.error or console.assert
	LogError     ProblemKind = "browser log error"  // an error in the browser's log (failed load, CSP, ...)
	Exception    ProblemKind = "uncaught exception" // an exception no script caught
	Dialog       ProblemKind = "dialog"             // alert, confirm or prompt
)

// Problem is one event recorded on a page that fails the check.
type Problem struct {
	Kind ProblemKind
	Text string // the URL, message or exception, with its location when known
}

func (p Problem) String() string { return string(p.Kind) + ": " + p.Text }

// DefaultTimeout bounds one Page action (a navigation, an evaluation, a
// screenshot) unless the action takes its own timeout.
const DefaultTimeout = 30 * time.Second

// Page is one browser tab. From its creation it refuses every request
// Allowed refuses, dismisses every dialog, and records those, console
// errors, browser log errors and uncaught exceptions as Problems. When the
// test ends, each Problem still recorded fails it; the tab is then closed.
type Page struct {
	t   testing.TB
	ctx context.Context

	mu       sync.Mutex
	problems []Problem
	excused  []excuse
	blocked  map[string]bool
	console  []string // every console message, for the failure log
	shots    int
}

// NewPage opens a tab in b for t. Its checks run and it closes in t.Cleanup.
func (b *Browser) NewPage(t testing.TB) *Page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	p := &Page{t: t, ctx: ctx, blocked: map[string]bool{}}
	chromedp.ListenTarget(ctx, p.onEvent)
	// The first Run creates the tab and ties it to the context it gets:
	// that must be the page's own, not a shorter one.
	err := chromedp.Run(ctx)
	if err == nil {
		err = p.Run(DefaultTimeout, fetch.Enable(),
			runtime.Enable(),
			cdplog.Enable(),
			network.Enable(),
			page.Enable())
	}
	if err != nil {
		cancel()
		t.Fatalf("browsertest: open tab: %v", err)
	}
	t.Cleanup(func() {
		for _, pr := range p.Problems() {
			t.Errorf("page: %s", pr)
		}
		if t.Failed() {
			p.mu.Lock()
			for _, m := range p.console {
				t.Logf("console: %s", m)
			}
			p.mu.Unlock()
		}
		cancel()
	})
	return p
}

// Context returns the chromedp context of the tab, for actions the Page
// does not wrap.
func (p *Page) Context() context.Context { return p.ctx }

// Run runs chromedp actions in the tab, giving up after timeout.
func (p *Page) Run(timeout time.Duration, actions ...chromedp.Action) error {
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, actions...)
}

// Open navigates to url and waits for its load event.
func (p *Page) Open(url string) error {
	if err := p.Run(DefaultTimeout, chromedp.Navigate(url)); err != nil {
		return fmt.Errorf("open %s: %w", url, err)
	}
	return nil
}

// Eval evaluates the JavaScript expression js in the page, awaiting it when
// it is a promise, and decodes its JSON value into res (nil ignores it). A
// thrown exception is returned as the error, not recorded as a Problem.
func (p *Page) Eval(js string, res any) error {
	return p.Run(DefaultTimeout, chromedp.Evaluate(js, res, awaitPromise))
}

// WaitFor polls the JavaScript expression js until it is truthy, for at
// most timeout.
func (p *Page) WaitFor(js string, timeout time.Duration) error {
	err := p.Run(timeout+5*time.Second, chromedp.Poll(js, nil,
		chromedp.WithPollingTimeout(timeout),
		chromedp.WithPollingInterval(100*time.Millisecond)))
	if err != nil {
		return fmt.Errorf("wait for %s: %w", js, err)
	}
	return nil
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// Problems returns the Problems recorded since the last call, sorted, and
// forgets them. Tests of the harness itself use it to take the Problems
// they provoked; everything else leaves them for the check at cleanup.
func (p *Page) Problems() []Problem {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.problems
	p.problems = nil
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Check fails t (without stopping it) for every Problem recorded so far,
// and forgets them.
func (p *Page) Check(t testing.TB) {
	t.Helper()
	for _, pr := range p.Problems() {
		t.Errorf("page: %s", pr)
	}
}

func (p *Page) record(kind ProblemKind, text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.excused {
		if e.kind == kind && strings.Contains(text, e.substr) {
			return
		}
	}
	p.problems = append(p.problems, Problem{kind, text})
}

// excuse is a Problem a page is known to have for a reason outside this
// project.
type excuse struct {
	kind   ProblemKind
	substr string
}

// Excuse stops recording Problems of kind whose text contains substr, for
// a known problem outside this project; reason says which, and goes to
// the test log. Use it for one exact message, never to silence a kind.
func (p *Page) Excuse(kind ProblemKind, substr, reason string) {
	p.t.Helper()
	if substr == "" {
		panic("browsertest: Excuse needs a message to match")
	}
	p.t.Logf("excused %s containing %q: %s", kind, substr, reason)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.excused = append(p.excused, excuse{kind, substr})
}

// onEvent runs on chromedp's event loop: it must not block, so replies to
// the browser go through goroutines.
func (p *Page) onEvent(ev any) {
	switch ev := ev.(type) {
	case *fetch.EventRequestPaused:
		go p.decide(ev)
	case *network.EventWebSocketCreated:
		p.refuse(ev.URL)
	case *network.EventRequestWillBeSent:
		// Fetch has already paused and failed these; this catches a
		// request from a context interception does not reach.
		p.refuse(ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		msg := consoleText(ev)
		p.mu.Lock()
		p.console = append(p.console, string(ev.Type)+": "+msg)
		p.mu.Unlock()
		if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
			p.record(ConsoleError, msg)
		}
	case *runtime.EventExceptionThrown:
		p.record(Exception, exceptionText(ev.ExceptionDetails))
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		if e.Level == cdplog.LevelError {
			text := e.Text
			if e.URL != "" {
				text += " (" + e.URL + ")"
			}
			p.record(LogError, text)
		}
	case *page.EventJavascriptDialogOpening:
		// beforeunload prompts come from leaving a page with unsaved
		// changes (a notebook), not from page content: accept them.
		leaving := ev.Type == page.DialogTypeBeforeunload
		if !leaving {
			p.record(Dialog, fmt.Sprintf("%s %q", ev.Type, ev.Message))
		}
		go p.run(page.HandleJavaScriptDialog(leaving))
	}
}

// refuse records rawURL as a blocked request unless Allowed accepts it.
// It reports whether it was refused.
func (p *Page) refuse(rawURL string) bool {
	if Allowed(rawURL) {
		return false
	}
	p.mu.Lock()
	seen := p.blocked[rawURL]
	p.blocked[rawURL] = true
	p.mu.Unlock()
	if !seen {
		p.record(Blocked, rawURL)
	}
	return true
}

func (p *Page) decide(ev *fetch.EventRequestPaused) {
	if p.refuse(ev.Request.URL) {
		p.run(fetch.FailRequest(ev.RequestID, network.ErrorReasonBlockedByClient))
		return
	}
	p.run(fetch.ContinueRequest(ev.RequestID))
}

// run sends one command to the tab from outside the event loop; errors
// are ignored because the tab may be closing.
func (p *Page) run(a chromedp.Action) {
	c := chromedp.FromContext(p.ctx)
	if c == nil || c.Target == nil {
		return
	}
	_ = a.Do(cdp.WithExecutor(p.ctx, c.Target))
}

func consoleText(ev *runtime.EventConsoleAPICalled) string {
	parts := make([]string, 0, len(ev.Args))
	for _, a := range ev.Args {
		switch {
		case len(a.Value) > 0:
			parts = append(parts, strings.Trim(string(a.Value), `"`))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	msg := strings.Join(parts, " ")
	if st := ev.StackTrace; st != nil && len(st.CallFrames) > 0 {
		f := st.CallFrames[0]
		msg += fmt.Sprintf(" (%s:%d:%d)", f.URL, f.LineNumber+1, f.ColumnNumber+1)
	}
	return msg
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "unknown exception"
	}
	msg := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		msg += " " + d.Exception.Description
	}
	if d.URL != "" {
		msg += fmt.Sprintf(" (%s:%d:%d)", d.URL, d.LineNumber+1, d.ColumnNumber+1)
	}
	return msg
}
