package uz.muhokama.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * {@link LoadRunner}'s closed loop, driven as wrk drives it: a few threads (two by default,
 * {@code -Dbench.client.threads}), each with a selector over its share of the kept-alive connections.
 * (An earlier form with a thread per client, removed on 2026-12-07, made 64 client threads compete with
 * the server's for the two cores, and an answer that had arrived waited for its client thread to be
 * scheduled before its time was taken; here one woken thread takes the time of every answer that came.)
 */
final class SelectorClients {

    private static final long ANSWER_TIMEOUT_NANOS = Duration.ofSeconds(30).toNanos();

    private SelectorClients() {}

    static LoadRunner.Result run(
            String name,
            URI base,
            int clients,
            Duration duration,
            long total,
            IntFunction<Request> request,
            IntPredicate ok,
            LoadRunner.Tally tally,
            int threads,
            long maxPerClient)
            throws Exception {
        int loops = Math.max(1, Math.min(threads, clients));
        AtomicLong errors = new AtomicLong();
        CountDownLatch connected = new CountDownLatch(loops);
        CountDownLatch go = new CountDownLatch(1);
        long[] clock = new long[2]; // started, deadline: written before go opens, read after
        String host = base.getHost();
        int port = base.getPort() < 0 ? 80 : base.getPort();
        InetSocketAddress address = new InetSocketAddress(host, port);
        List<Loop> all = new ArrayList<>();
        for (int t = 0; t < loops; t++) {
            List<Client> mine = new ArrayList<>();
            for (int c = t; c < clients; c += loops) {
                mine.add(new Client(c, clients, host, port, address));
            }
            all.add(new Loop(mine, request, ok, tally, errors, total, maxPerClient, connected, go, clock));
        }
        List<Thread> running = new ArrayList<>();
        for (Loop loop : all) {
            Thread thread = new Thread(loop, "load-" + running.size());
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
        connected.await();
        clock[0] = System.nanoTime();
        clock[1] = clock[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        double seconds = (System.nanoTime() - clock[0]) / 1e9;
        for (Loop loop : all) {
            if (loop.failure != null) {
                throw loop.failure;
            }
        }
        double[] merged = all.stream()
                .flatMap(loop -> loop.clients.stream())
                .flatMapToDouble(client -> Arrays.stream(client.latencies, 0, client.count))
                .sorted()
                .toArray();
        return LoadRunner.Result.of(name, clients, errors.get(), seconds, merged);
    }

    /** One client: its connection, the request it waits on, and the latencies it took. */
    private static final class Client {
        final int step;
        final InetSocketAddress address;
        final String host;
        final int port;
        final AnswerReader reader = new AnswerReader();
        SocketChannel channel;
        SelectionKey key;
        int index;
        Request current;
        ByteBuffer pending;
        boolean reused;
        long startedAt;
        double[] latencies = new double[1024];
        int count;
        boolean finished;

        Client(int index, int step, String host, int port, InetSocketAddress address) {
            this.index = index;
            this.step = step;
            this.host = host;
            this.port = port;
            this.address = address;
        }

        void record(double ms) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = ms;
        }
    }

    /** One thread's selector and its clients. */
    private static final class Loop implements Runnable {
        final List<Client> clients;
        final IntFunction<Request> request;
        final IntPredicate ok;
        final LoadRunner.Tally tally;
        final AtomicLong errors;
        final long total;
        final long maxPerClient;
        final CountDownLatch connected;
        final CountDownLatch go;
        final long[] clock;
        final ByteBuffer buffer = ByteBuffer.allocate(65536);
        /** Clients whose request failed and who go on with their next one once this round of answers is read. */
        final ArrayDeque<Client> due = new ArrayDeque<>();

        Selector selector;
        int active;
        long deadline;
        volatile Exception failure;

        Loop(
                List<Client> clients,
                IntFunction<Request> request,
                IntPredicate ok,
                LoadRunner.Tally tally,
                AtomicLong errors,
                long total,
                long maxPerClient,
                CountDownLatch connected,
                CountDownLatch go,
                long[] clock) {
            this.clients = clients;
            this.request = request;
            this.ok = ok;
            this.tally = tally;
            this.errors = errors;
            this.total = total;
            this.maxPerClient = maxPerClient;
            this.connected = connected;
            this.go = go;
            this.clock = clock;
        }

        @Override
        public void run() {
            try (Selector opened = Selector.open()) {
                selector = opened;
                for (Client client : clients) {
                    try {
                        connect(client);
                    } catch (IOException notYet) {
                        // the first request connects again, and counts as an error if it cannot
                    }
                }
                connected.countDown();
                go.await();
                deadline = clock[1];
                for (Client client : clients) {
                    active++;
                    next(client);
                }
                while (active > 0) {
                    if (due.isEmpty()) {
                        selector.select(1000);
                    } else {
                        selector.selectNow();
                    }
                    Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                    while (ready.hasNext()) {
                        SelectionKey key = ready.next();
                        ready.remove();
                        Client client = (Client) key.attachment();
                        if (!key.isValid() || client.finished || client.key != key) {
                            continue;
                        }
                        try {
                            if (key.isWritable()) {
                                write(client);
                            }
                            if (key.isValid() && key.isReadable()) {
                                read(client);
                            }
                        } catch (IOException | RuntimeException e) {
                            failed(client);
                        }
                    }
                    long now = System.nanoTime();
                    for (Client client : clients) {
                        if (!client.finished
                                && client.current != null
                                && now - client.startedAt > ANSWER_TIMEOUT_NANOS) {
                            failed(client);
                        }
                    }
                    for (int n = due.size(); n > 0; n--) {
                        next(due.poll());
                    }
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                clients.forEach(this::disconnect);
            }
        }

        private void connect(Client client) throws IOException {
            if (client.channel != null) {
                return;
            }
            SocketChannel channel = SocketChannel.open();
            try {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.socket().connect(client.address, 5000);
                channel.configureBlocking(false);
                client.key = channel.register(selector, SelectionKey.OP_READ, client);
                client.channel = channel;
                client.reused = false;
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        }

        private void disconnect(Client client) {
            if (client.channel != null) {
                try {
                    client.channel.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
            client.channel = null;
            client.key = null;
        }

        /** Sends the client's next request, or retires the client when its time or count is up. */
        private void next(Client client) throws IOException {
            if (System.nanoTime() >= deadline || client.count >= maxPerClient || client.index >= total) {
                client.finished = true;
                client.current = null;
                active--;
                disconnect(client);
                return;
            }
            client.current = request.apply(client.index);
            client.startedAt = System.nanoTime();
            send(client);
        }

        private void send(Client client) throws IOException {
            try {
                connect(client);
                client.reader.reset();
                client.pending = ByteBuffer.wrap(client.current.wire(client.host, client.port));
                write(client);
            } catch (IOException e) {
                failed(client);
            }
        }

        private void write(Client client) throws IOException {
            client.channel.write(client.pending);
            client.key.interestOps(
                    client.pending.hasRemaining()
                            ? SelectionKey.OP_WRITE | SelectionKey.OP_READ
                            : SelectionKey.OP_READ);
        }

        private void read(Client client) throws IOException {
            while (true) {
                buffer.clear();
                int n = client.channel.read(buffer);
                if (n < 0) {
                    if (client.reader.endOfStream()) {
                        answered(client);
                    } else {
                        failed(client);
                    }
                    return;
                }
                if (n == 0) {
                    return;
                }
                if (client.reader.take(buffer.array(), 0, n)) {
                    answered(client);
                    return;
                }
            }
        }

        private void answered(Client client) throws IOException {
            client.record((System.nanoTime() - client.startedAt) / 1_000_000.0);
            AnswerReader.Answer answer = client.reader.answer();
            tally.record(answer);
            if (!ok.test(answer.status())) {
                errors.incrementAndGet();
            }
            if (client.reader.closeAfter()) {
                disconnect(client);
            } else {
                client.reused = true;
            }
            client.index += client.step;
            next(client);
        }

        /**
         * A connection that failed: a GET on a kept-alive connection the server closed meanwhile is sent once
         * more on a new one; anything else counts as an error. A POST is never sent twice: the burst counts
         * exactly what was stored.
         */
        private void failed(Client client) throws IOException {
            boolean retry = client.reused && "GET".equals(client.current.method());
            disconnect(client);
            if (retry) {
                send(client); // on a new connection, which connect() marks as not reused: one retry at most
                return;
            }
            errors.incrementAndGet();
            client.record((System.nanoTime() - client.startedAt) / 1_000_000.0);
            client.index += client.step;
            client.current = null;
            due.add(client); // not next(client) here: a server that refuses every connection would nest calls without
            // end
        }
    }
}
