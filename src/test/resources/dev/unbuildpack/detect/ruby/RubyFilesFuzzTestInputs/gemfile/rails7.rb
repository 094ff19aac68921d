source "https://rubygems.org"

ruby "3.3.5"

gem "rails", "~> 7.1.3"
gem "propshaft"
gem "pg", "~> 1.5"
gem "puma", ">= 5.0"
gem "jsbundling-rails"
gem "cssbundling-rails"
gem "bootsnap", require: false

group :development, :test do
  gem "debug"
end
