package browsertest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// ErrNoJupyter reports that Jupyter Notebook or the GoNB kernel is missing.
var ErrNoJupyter = errors.New("browsertest: Jupyter Notebook with the gonb kernel not found; `make setup-jupyter setup-gonb` installs them")

// JupyterCommand returns the command that runs Jupyter, as make's JUPYTER
// does: $JUPYTER when set, else jupyter on PATH, else python3 -m jupyter.
func JupyterCommand() []string {
	if j := strings.Fields(os.Getenv("JUPYTER")); len(j) > 0 {
		return j
	}
	if p, err := exec.LookPath("jupyter"); err == nil {
		return []string{p}
	}
	return []string{"python3", "-m", "jupyter"}
}

// CheckJupyter returns ErrNoJupyter, with what failed, unless Jupyter
// Notebook runs. (StartJupyter checks the kernel, through the server.)
func CheckJupyter() error {
	j := JupyterCommand()
	if out, err := exec.Command(j[0], append(j[1:], "notebook", "--version")...).CombinedOutput(); err != nil {
		return fmt.Errorf("%w (%s notebook --version: %v: %s)", ErrNoJupyter, strings.Join(j, " "), err, bytes.TrimSpace(out))
	}
	return nil
}

// Jupyter is a Jupyter Notebook server started for one test on
// 127.0.0.1, with a random free port and a random token.
type Jupyter struct {
	URL   string // http://127.0.0.1:PORT, no trailing slash
	Token string
	Dir   string // the folder it serves

	cmd  *exec.Cmd
	log  *lockedBuffer
	done chan struct{} // closed when the process has exited
}

// StartJupyter starts Jupyter Notebook serving dir, with env added to the
// process environment (the kernels inherit it), and waits until its API
// answers. Its configuration and runtime files live in a temporary folder,
// so no user setting applies. t.Cleanup stops the server and every process
// in its group (kernels included). When Jupyter or the gonb kernel is
// missing, t fails with the command that installs them.
func StartJupyter(t testing.TB, dir string, env []string) *Jupyter {
	t.Helper()
	if err := CheckJupyter(); err != nil {
		t.Fatal(err)
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	token := randomToken()
	home := t.TempDir()
	j := JupyterCommand()
	args := append(j[1:], "notebook",
		"--no-browser",
		"--ip=127.0.0.1",
		"--port="+strconv.Itoa(port),
		"--port-retries=0",
		"--NotebookApp.token="+token,
		"--NotebookApp.password=",
		"--NotebookApp.open_browser=False",
		"--NotebookApp.notebook_dir="+dir,
	)
	if os.Geteuid() == 0 {
		args = append(args, "--allow-root") // CI containers run as root
	}
	cmd := exec.Command(j[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"JUPYTER_CONFIG_DIR="+filepath.Join(home, "config"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(home, "runtime"),
		"IPYTHONDIR="+filepath.Join(home, "ipython"),
		"BROWSER=true", // never open a browser, whatever the configuration
	)
	cmd.Env = append(cmd.Env, env...)
	// Its own process group, so that stopping it stops the kernels too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	log := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatalf("browsertest: start jupyter: %v", err)
	}
	s := &Jupyter{URL: "http://127.0.0.1:" + strconv.Itoa(port), Token: token, Dir: dir, cmd: cmd, log: log, done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		s.Stop()
		if t.Failed() {
			t.Logf("jupyter log:\n%s", s.log.String())
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		var status map[string]any
		err := s.API(http.MethodGet, "/api/status", &status)
		if err == nil {
			break
		}
		select {
		case <-s.done:
			t.Fatalf("browsertest: jupyter exited while starting (its log follows)")
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("browsertest: jupyter did not answer on %s within 60s: %v", s.URL, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var specs struct {
		Kernelspecs map[string]json.RawMessage `json:"kernelspecs"`
	}
	if err := s.API(http.MethodGet, "/api/kernelspecs", &specs); err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	if _, ok := specs.Kernelspecs["gonb"]; !ok {
		t.Fatalf("%v (the server lists kernels %v)", ErrNoJupyter, slices.Sorted(maps.Keys(specs.Kernelspecs)))
	}
	return s
}

// PID is the server's process id (and its process group's).
func (s *Jupyter) PID() int { return s.cmd.Process.Pid }

// Log returns what the server and its kernels printed so far.
func (s *Jupyter) Log() string { return s.log.String() }

// NotebookURL is the address of the notebook at path (relative to Dir) in
// the classic Notebook interface, with the token.
func (s *Jupyter) NotebookURL(path string) string {
	return s.URL + "/notebooks/" + filepath.ToSlash(path) + "?token=" + s.Token
}

// API sends a request to the server's REST API with the token and decodes
// a JSON reply into res (nil ignores it). A status of 300 or more is an
// error.
func (s *Jupyter) API(method, path string, res any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, s.URL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+s.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, bytes.TrimSpace(body))
	}
	if res == nil || len(body) == 0 {
		return nil
	}
	return json.Unmarshal(body, res)
}

// Kernel is a running kernel as the REST API lists it.
type Kernel struct {
	ID             string `json:"id"`
	Name           string `json:"name"`
	ExecutionState string `json:"execution_state"`
}

// Kernels lists the running kernels.
func (s *Jupyter) Kernels() ([]Kernel, error) {
	var ks []Kernel
	err := s.API(http.MethodGet, "/api/kernels", &ks)
	return ks, err
}

// WaitIdle waits until the server reports every running kernel idle, for
// at most timeout.
func (s *Jupyter) WaitIdle(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ks, err := s.Kernels()
		if err != nil {
			return err
		}
		var busy []string
		for _, k := range ks {
			if k.ExecutionState != "idle" {
				busy = append(busy, k.Name+" "+k.ID+" is "+k.ExecutionState)
			}
		}
		if len(busy) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("kernels not idle after %v: %s", timeout, strings.Join(busy, ", "))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// ShutdownKernels shuts every running kernel down through the REST API
// and checks that none is left.
func (s *Jupyter) ShutdownKernels() error {
	ks, err := s.Kernels()
	if err != nil {
		return err
	}
	var errs []error
	for _, k := range ks {
		if err := s.API(http.MethodDelete, "/api/kernels/"+k.ID, nil); err != nil {
			errs = append(errs, err)
		}
	}
	if left, err := s.Kernels(); err != nil {
		errs = append(errs, err)
	} else if len(left) > 0 {
		errs = append(errs, fmt.Errorf("%d kernels still running after shutdown", len(left)))
	}
	return errors.Join(errs...)
}

// Stop ends the server: SIGTERM to its PID, then, after ten seconds or
// once it has exited, SIGKILL to its whole process group. It waits for
// the server to exit; calling it again does nothing.
func (s *Jupyter) Stop() {
	select {
	case <-s.done:
	default:
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
		}
	}
	// Kernels the server did not stop share its process group.
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	<-s.done
}

// Exited reports whether the server process has exited.
func (s *Jupyter) Exited() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic("browsertest: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b)
}

// lockedBuffer is a bytes.Buffer safe for a process's two output streams.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
