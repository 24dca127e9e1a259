package features

import "strings"

// britishWords maps British spellings whose Snowball stems differ from the
// American ones. Word-level entries cover the irregular cases; the suffix
// rules in americanize cover the regular -ise/-isation/-yse families.
var britishWords = map[string]string{
	"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
	"licence": "license", "pretence": "pretense",
	"centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter", "metres": "meters",
	"calibre": "caliber", "spectre": "specter", "sombre": "somber", "fibre": "fiber",
	"manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered",
	"programme": "program", "programmes": "programs",
	"judgement": "judgment", "ageing": "aging", "grey": "gray", "sceptical": "skeptical", "sceptic": "skeptic",
	"jewellery": "jewelry", "aluminium": "aluminum", "cheque": "check", "tyre": "tire", "kerb": "curb",
	"whilst": "while", "amongst": "among", "towards": "toward", "afterwards": "afterward",
	"enrol": "enroll", "fulfil": "fulfill", "instil": "instill",
}

// ourWords end in -our in British and -or in American spelling.
var ourWords = []string{
	"armour", "behaviour", "candour", "clamour", "colour", "endeavour", "favour", "fervour",
	"harbour", "honour", "humour", "labour", "neighbour", "odour", "rancour", "rigour",
	"rumour", "saviour", "splendour", "valour", "vapour", "vigour",
}

// iseExceptions are words ending in -ise that are spelled so in American
// English too; folding them would invent words such as "exercize".
var iseExceptions = []string{
	"advertis", "advis", "apprais", "arise", "chastis", "circumcis", "compris", "compromis",
	"concis", "demis", "despis", "devis", "disguis", "enterpris", "excis", "exercis",
	"expertis", "franchis", "improvis", "incis", "merchandis", "otherwis", "paradis",
	"precis", "premis", "promis", "prais", "rais", "revis", "supervis", "surmis",
	"surpris", "televis", "treatis", "wis", "nois", "pois", "cruis", "bruis", "reprise", "chais",
}

// americanize folds one lower-case word from British to American spelling.
func americanize(w string) string {
	if a, ok := britishWords[w]; ok {
		return a
	}
	for _, o := range ourWords {
		if strings.HasPrefix(w, o) {
			return o[:len(o)-2] + "r" + w[len(o):]
		}
	}
	for _, suf := range [...]string{"isations", "isation", "ising", "ised", "ises", "ise"} {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		base := w[:len(w)-len(suf)]
		if len(base) < 3 || strings.HasSuffix(base, "u") || strings.HasSuffix(base, "w") {
			return w
		}
		for _, ex := range iseExceptions {
			if strings.HasPrefix(w, ex) {
				return w
			}
		}
		return base + "iz" + suf[2:]
	}
	for _, suf := range [...]string{"ysing", "ysed", "yses", "yse"} {
		if strings.HasSuffix(w, suf) && (strings.HasSuffix(w[:len(w)-len(suf)], "anal") || strings.HasSuffix(w[:len(w)-len(suf)], "paral") || strings.HasSuffix(w[:len(w)-len(suf)], "catal")) {
			return w[:len(w)-len(suf)] + "yz" + suf[2:]
		}
	}
	return w
}
