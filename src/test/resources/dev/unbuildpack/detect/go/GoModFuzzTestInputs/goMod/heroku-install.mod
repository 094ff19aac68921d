module github.com/acme/multi

// +heroku install ./cmd/web ./cmd/jobs

go 1.26.2
