module "example.com/quoted" // comment

go 1.22rc1
toolchain go1.22.0-custom

replace (
	example.com/a v1.0.0 => ./a
	example.com/b => example.com/c v1.2.3
)
exclude example.com/d v0.1.0
retract [v1.0.0, v1.1.0]
godebug default=go1.21
tool example.com/e
// +heroku goVersion
//	+heroku install ./...
"unterminated
