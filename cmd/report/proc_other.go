//go:build !unix

package main

import "os/exec"

// inGroup leaves cmd as it is: only unix has process groups. Cancellation
// kills nbconvert.
func inGroup(cmd *exec.Cmd) (stop func()) { return func() {} }
