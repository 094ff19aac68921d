package dev.unbuildpack.diff;

/**
 * Installed size of one package ecosystem in A and in B, as the package metadata records it
 * (dpkg's Installed-Size; ecosystems whose metadata records no size count 0 bytes).
 */
public record EcosystemSize(String ecosystem, int packagesA, int packagesB, long sizeA, long sizeB) {}
