//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// inGroup starts cmd (nbconvert) in a process group of its own. Jupyter
// starts each kernel in a session of its own, so only nbconvert can stop
// it: cancellation interrupts the group, as Ctrl-C would, and nbconvert
// shuts its kernel down (GoNB then removes its temporary folder). The
// returned stop kills whatever is left of the group.
func inGroup(cmd *exec.Cmd) (stop func()) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGINT)
	}
	return func() {
		if cmd.Process != nil {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		}
	}
}
