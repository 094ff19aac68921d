<?php
// Packs Debian's Composer (/usr/bin/composer and the libraries under /usr/share/php it loads)
// into one self-contained phar, so that "COPY --from=composer:<v> /usr/bin/composer ..." copies
// a working Composer, as it does from the official composer image. Debian's autoloaders name
// their files by absolute path; those paths are rewritten to the phar's own copies.
//
//   php -d phar.readonly=0 pack-composer.php OUTPUT.phar
declare(strict_types=1);

$output = $argv[1] ?? exit("usage: pack-composer.php OUTPUT.phar\n");
$library = '/usr/share/php/';
$phar = new Phar($output, 0, 'composer.phar');
$phar->startBuffering();
$files = new RecursiveIteratorIterator(
    new RecursiveDirectoryIterator($library, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $path = $file->getPathname();
    $text = file_get_contents($path);
    if (str_ends_with($path, '.php')) {
        $text = str_replace("'" . $library, "'phar://composer.phar/share/php/", $text);
    }
    $phar->addFromString('share/php/' . substr($path, strlen($library)), $text);
}
// Included from the stub, a "#!" line would be printed: only a script PHP starts skips it.
$phar->addFromString('bin/composer',
    preg_replace('/\A#![^\n]*\n/', '', file_get_contents('/usr/bin/composer')));
$phar->setStub("#!/usr/bin/env php\n<?php\nPhar::mapPhar('composer.phar');\n"
    . "require 'phar://composer.phar/bin/composer';\n__HALT_COMPILER();\n");
$phar->stopBuffering();
chmod($output, 0755);
