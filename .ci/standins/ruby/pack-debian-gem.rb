# Packs a gem Debian installed (its files under rubygems-integration's gems/<name>-<version>/ and
# its specification) back into a .gem file, so Bundler can install it from an app's vendor/cache
# where RubyGems.org cannot be reached.
#
#   ruby pack-debian-gem.rb NAME OUTPUT_DIR
require "rubygems/package"
require "fileutils"

name, output = ARGV
spec = Gem::Specification.find_by_name(name)
root = spec.full_gem_path
abort "#{name}: no installed files at #{root}" unless File.directory?(root)
spec = spec.dup
Dir.chdir(root) do
  spec.files = Dir.glob("**/*", File::FNM_DOTMATCH).select { |path| File.file?(path) }.sort
  file = Gem::Package.build(spec)
  FileUtils.mv(file, File.join(output, file))
  puts "#{file}: #{spec.files.size} files"
end
