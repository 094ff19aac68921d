module github.com/acme/billing

go 1.25

require (
	github.com/acme/private-sdk v0.4.1
	gitlab.com/acme/ledger v1.0.0
)
