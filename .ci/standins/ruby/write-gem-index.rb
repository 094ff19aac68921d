# Writes the index RubyGems reads from a file:// source (specs.4.8.gz, latest_specs.4.8.gz,
# prerelease_specs.4.8.gz and quick/Marshal.4.8/*.gemspec.rz) for the .gem files in DIR/gems, so
# "gem install NAME -v VERSION" finds them without RubyGems.org (RubyGems 3.6 no longer ships
# "gem generate_index").
#
#   ruby write-gem-index.rb DIR
require "rubygems/package"
require "fileutils"
require "zlib"

dir = ARGV.fetch(0)
specs = Dir.glob(File.join(dir, "gems", "*.gem")).sort.map { |path| Gem::Package.new(path).spec }
quick = File.join(dir, "quick", "Marshal.#{Gem.marshal_version}")
FileUtils.mkdir_p(quick)
specs.each do |spec|
  File.binwrite(File.join(quick, "#{spec.full_name}.gemspec.rz"), Gem.deflate(Marshal.dump(spec)))
end
tuples = ->(list) { list.map { |s| [s.name, s.version, s.platform.to_s] } }
released = specs.reject { |s| s.version.prerelease? }
latest = released.group_by { |s| [s.name, s.platform.to_s] }.values.map { |l| l.max_by(&:version) }
{ "specs" => released, "latest_specs" => latest,
  "prerelease_specs" => specs.select { |s| s.version.prerelease? } }.each do |name, list|
  Zlib::GzipWriter.open(File.join(dir, "#{name}.#{Gem.marshal_version}.gz")) do |gz|
    gz.write(Marshal.dump(tuples.call(list)))
  end
end
puts "#{specs.size} gems indexed in #{dir}"
