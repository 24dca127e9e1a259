package main

import (
	"encoding/csv"
	"io"
	"strings"

	"stance/datasets"
)

// exportHeader is the header of --export: the corpus format with the
// origin of each row added, so that another tool (the scikit-learn peer)
// can be trained and tested on exactly the same rows.
var exportHeader = []string{"id", "text", "labels", "speaker", "target", "split", "source"}

// exportCorpus writes rows, own and real, with their text.
func exportCorpus(w io.Writer, rows []datasets.Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(exportHeader); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{r.ID, r.Text, r.LabelString(), r.Speaker, strings.Join(r.Targets, "|"), r.Split, r.Origin}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
