package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus/synth"
)

func init() {
	register(command{
		name:    "gen",
		summary: "write a synthetic corpus with the facts planted in it (for scale tests)",
		run:     runGen,
	})
}

const genUsage = `Usage: corpus gen --out DIR [--articles N | --bytes SIZE | --facts N] [--seed S]

Gen writes a deterministic synthetic corpus of news articles into DIR:
article files (*.txt) in the layouts the extractor reads, metadata.csv for
the articles whose text has no date, and facts.golden.csv listing every
figure planted in the bodies with the columns

  article, published, category, value, value_high, qualifier, unit,
  location, source, period_start, sentence, phrase

The same flags always give the same files. Without a limit, gen writes 100
articles; with several, it stops at the first one reached.

Flags:
`

func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write the corpus into `DIR` (required)")
	articles := fs.Int("articles", 0, "number of articles `N`")
	size := fs.String("bytes", "", "stop once the article files reach `SIZE`, e.g. 1GB, 200MB, 64KiB")
	facts := fs.Int("facts", 0, "stop once `N` facts are planted")
	seed := fs.Uint64("seed", 1, "seed `S` of the generator")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), genUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	cfg := synth.Config{Seed: *seed, Articles: *articles, Facts: *facts}
	var err error
	switch {
	case *out == "":
		err = errors.New("--out is required")
	case fs.NArg() > 0:
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	case *articles < 0 || *facts < 0:
		err = errors.New("--articles and --facts must not be negative")
	case *size != "":
		cfg.Bytes, err = parseSize(*size)
	}
	if err != nil {
		return usageError(fs, err)
	}
	start := time.Now()
	st, err := cfg.Write(*out)
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(stdout, "wrote %d articles (%.1f MB) with %d facts to %s in %.1fs (%.0f MB/s)\n",
		st.Articles, float64(st.Bytes)/1e6, st.Facts, *out, secs, float64(st.Bytes)/1e6/secs)
	return nil
}

// sizeUnits are the suffixes parseSize accepts, longest first.
var sizeUnits = []struct {
	suffix string
	mult   float64
}{
	{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9},
	{"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"B", 1},
}

// parseSize reads a byte count such as "1GB" (10⁹), "1.5GiB" (2³⁰×1.5),
// "200MB" or "4096".
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := 1.0
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || v*mult > 1<<50 {
		return 0, fmt.Errorf("bad size %q: want a positive number with an optional unit (KB, MB, GB, KiB, MiB, GiB)", s)
	}
	return int64(v * mult), nil
}
