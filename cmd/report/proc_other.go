//go:build !unix

package main

import "os/exec"

// killGroup leaves cmd as it is: only unix has process groups. Cancellation
// kills nbconvert; its kernels end when their connection closes.
func killGroup(cmd *exec.Cmd) {}
