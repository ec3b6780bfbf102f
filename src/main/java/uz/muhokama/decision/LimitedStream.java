package uz.muhokama.decision;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until a limit, then refuses the rest: an upload is never stored past its size limit. */
final class LimitedStream extends FilterOutputStream {

    /** The limit was passed. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("over the size limit");
        }
    }

    private final long limit;
    private long written;

    LimitedStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(long n) throws Exceeded {
        written += n;
        if (written > limit) {
            throw new Exceeded();
        }
    }
}
