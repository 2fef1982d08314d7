package org.attend.decode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Registers {@code ea-<name>}: Euclidean alignment ({@link AlignedDecoder}) in front of another decoder kind.
 * Each aligned kind is a small subclass naming its inner factory, so that the service registry finds it.
 */
public abstract class AlignedDecoderFactory implements DecoderFactory {

    private final DecoderFactory inner;

    protected AlignedDecoderFactory(DecoderFactory inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return AlignedDecoder.PREFIX + inner.name();
    }

    @Override
    public String description() {
        return "Euclidean alignment per training subject, online alignment of new windows, then " + inner.name();
    }

    /** The inner kind's options (e.g. {@code components} of {@code ea-csp-lda}) go to the inner factory. */
    @Override
    public Decoder create(InputContract contract, DecoderOptions options) {
        return new AlignedDecoder(name(), inner.create(contract, options));
    }

    @Override
    public Decoder load(Path modelDir, DecoderOptions options) throws IOException {
        return AlignedDecoder.load(name(), modelDir, inner, options);
    }

    /** {@code ea-csp-lda}. */
    public static final class CspLda extends AlignedDecoderFactory {
        public CspLda() {
            super(new CspLdaFactory());
        }
    }

    /** {@code ea-ts-lr}. */
    public static final class TsLr extends AlignedDecoderFactory {
        public TsLr() {
            super(new TsLrFactory());
        }
    }

    /** {@code ea-fbcsp-lda}. */
    public static final class FbcspLda extends AlignedDecoderFactory {
        public FbcspLda() {
            super(new FbcspLdaFactory());
        }
    }

    /** {@code ea-mdm}. */
    public static final class Mdm extends AlignedDecoderFactory {
        public Mdm() {
            super(new MdmFactory());
        }
    }
}
