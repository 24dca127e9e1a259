// Package chart draws what predict writes: it reads the actor and dyad
// rows back (CSV or JSONL, by column name), adds them up per actor or
// pair and period from counts and sums, and makes line charts over time
// and rankings with gonum's plot library. It is a consumer of the output
// contract, not part of the scoring pipeline: predict does not import it.
package chart
