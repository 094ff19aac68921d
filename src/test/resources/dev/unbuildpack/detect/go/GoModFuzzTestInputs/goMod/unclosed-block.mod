module github.com/acme/broken

go 1.25

require (
	github.com/lib/pq v1.10.9
	golang.org/x/text v0.14.0

