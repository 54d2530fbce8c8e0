package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One fled. Two stayed.", []string{"One fled.", "Two stayed."}},
		{"U.N.", "The U.N. said 200 fled. The U.S. agreed.", []string{"The U.N. said 200 fled.", "The U.S. agreed."}},
		{"months", "On Jan. 12 a ceasefire began. By Feb. 17 it had failed.", []string{"On Jan. 12 a ceasefire began.", "By Feb. 17 it had failed."}},
		{"titles", "Mr. Smith met Gen. Akar. They talked.", []string{"Mr. Smith met Gen. Akar.", "They talked."}},
		{"a.m.", "It began at 5 a.m. local time. Shelling followed at 6 a.m. Turkish time.", []string{"It began at 5 a.m. local time.", "Shelling followed at 6 a.m. Turkish time."}},
		{"decimal", "Turkey hosts 3.6 million refugees. It says so.", []string{"Turkey hosts 3.6 million refugees.", "It says so."}},
		{"quote end", `"We are here." Then he left.`, []string{`"We are here."`, "Then he left."}},
		{"said then quote", `"It will end," he said. "Millions will come."`, []string{`"It will end," he said.`, `"Millions will come."`}},
		{"question in quote", `"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"smart quotes", "“It is over.” The end.", []string{"“It is over.”", "The end."}},
		{"paragraph", "No full stop here\n\nNext paragraph.", []string{"No full stop here", "Next paragraph."}},
		{"initial", "J. Smith said so. Yes.", []string{"J. Smith said so.", "Yes."}},
		{"ellipsis", `"...This is it." Done.`, []string{`"...This is it."`, "Done."}},
		{"lower after dot", "Some 2 p.m. meetings and e.g. others.", []string{"Some 2 p.m. meetings and e.g. others."}},
		{"no-break space", "It ended.\u00a0Next.", []string{"It ended.", "Next."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitSentences_Covers(t *testing.T) {
	in := "A. B said 3.6 million.\n\n\"C,\" he said. \"D.\"\n\nE"
	var b strings.Builder
	for _, s := range splitSentences(in) {
		b.WriteString(in[s.start:s.end])
	}
	if b.String() != in {
		t.Errorf("sentences reassemble to %q, want %q", b.String(), in)
	}
}
