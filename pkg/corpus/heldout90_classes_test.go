package corpus

import "testing"

// Classes found on the ninetieth and ninety-first held-out sets, in text
// of our own.

func TestDatedDateline_Heldout90(t *testing.T) {
	p := articleParser{a: &Article{}}
	body := p.datedDateline("Riverton, 03 Mar 2021 14:52 - (Agenzia Valle) - Police have stopped 2,400 attempts to cross.")
	if body != "Police have stopped 2,400 attempts to cross." || p.a.Dateline != "Riverton" || formatDate(p.published) != "2021-03-03" {
		t.Errorf("body %q dateline %q published %v", body, p.a.Dateline, p.published)
	}
}

func TestExtract_Heldout90Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "'the society' after its name and acronym",
			body: "The Valley Red Crescent Society (VRCS) sent a convoy on Monday. It will feed some 6,500 people for a month, the society said.",
			want: []wantFact{{value: 6500, category: Other, source: "VRCS"}}},
	})
}
