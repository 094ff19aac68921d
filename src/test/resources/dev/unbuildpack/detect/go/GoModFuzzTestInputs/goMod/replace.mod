module github.com/acme/hooked

go 1.25

require github.com/acme/shared v0.0.0

replace github.com/acme/shared => ../shared
