package corpus

import "testing"

// Layouts found on the sixth held-out set, in articles of our own: an
// organisation's name in mixed case above the headline, header lines with
// no blank line between them, a place in parentheses as the dateline, a
// permalink with no colon and a copyright line that goes on with links.
func TestParseArticle_Heldout6Layouts(t *testing.T) {
	tests := []struct {
		name                          string
		in                            string
		title, publisher, dateln, url string
	}{
		{
			name:      "outlet named again in the text",
			in:        "Relief Watch Global\n\nFloods hit camps in the north\n\nMarch 3, 2021\n\nTHE CITY – Relief Watch Global said today that the river rose.",
			title:     "Floods hit camps in the north",
			publisher: "Relief Watch Global", dateln: "THE CITY",
		},
		{
			name:      "outlet, headline and deck with no blank line",
			in:        "Aid Monitor Network\nCamps Flood as Rain Goes On\nTents Lost Across the Valley\n\nMay 2, 2020\n\nThe Aid Monitor Network counted the damage on Friday.",
			title:     "Camps Flood as Rain Goes On",
			publisher: "Aid Monitor Network",
		},
		{
			name:      "outlet name less a last word",
			in:        "Help the Young International\n\nSchools close in the east\n\nHelp the Young said the schools had shut for the winter.",
			title:     "Schools close in the east",
			publisher: "Help the Young International",
		},
		{
			name:  "a short title-case headline is not an outlet",
			in:    "Winter Comes Early\n\nFamilies burn plastic to keep warm\n\nThe first snow fell on Monday in the hills.",
			title: "Winter Comes Early",
		},
		{
			name:   "place in parentheses before a dash",
			in:     "A headline about shelling\n\n(Amman) – The group said on Tuesday that shelling went on.",
			title:  "A headline about shelling",
			dateln: "Amman",
		},
		{
			name:  "a parenthesis that is no place",
			in:    "A headline about shelling\n\n(Updated with figures) – The group said on Tuesday that shelling went on.",
			title: "A headline about shelling",
		},
		{
			name:      "permalink and copyright with links",
			in:        "A headline\n\nThe body sentence is here and says enough.\n\nPermalink https://example.org/p/1x2\n\n© 2020 Example Radio | Legal notice | Contact",
			title:     "A headline",
			publisher: "Example Radio", url: "https://example.org/p/1x2",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("x", tt.in)
			if a.Title != tt.title || a.Publisher != tt.publisher || a.Dateline != tt.dateln || a.URL != tt.url {
				t.Errorf("%q:\n\tgot title %q publisher %q dateline %q url %q\n\twant title %q publisher %q dateline %q url %q",
					tt.in, a.Title, a.Publisher, a.Dateline, a.URL, tt.title, tt.publisher, tt.dateln, tt.url)
			}
		})
	}
}
