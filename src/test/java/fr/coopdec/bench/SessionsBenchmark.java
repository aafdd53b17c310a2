package fr.coopdec.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory per Vaadin session ({@code bash bench/sessions.sh}; not a test). The script starts the
 * production jar and one headless Chromium with remote debugging; this class opens, for each page,
 * N tabs each in its own browser context (own cookies, hence its own HTTP and Vaadin session), waits
 * until each tab shows the page, keeps them open while it measures the server's live heap after a
 * full GC ({@code jcmd GC.class_histogram}), then closes them. It prints the heap growth per session
 * and the classes that grew most, so a regression shows what holds the memory.
 *
 * <p>Plain JDK only (java.net.http for the DevTools protocol, jcmd for the heap): no class path.
 * Arguments: app pid, base URL, DevTools port, N, then pages as {@code name|path|css selector}.
 */
public final class SessionsBenchmark {

    private static final Pattern HISTO_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL_LINE = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
    private static final int TOP_CLASSES = 12;

    private SessionsBenchmark() {}

    public static void main(String[] args) throws Exception {
        long pid = Long.parseLong(args[0]);
        String base = args[1];
        int devtoolsPort = Integer.parseInt(args[2]);
        int sessions = Integer.parseInt(args[3]);
        List<String[]> pages = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            pages.add(args[i].split("\\|", 3));
        }
        try (DevTools browser = DevTools.connect(devtoolsPort)) {
            // One tab of each page first: compiles the code paths, fills the shared caches.
            for (String[] page : pages) {
                List<Tab> tabs = browser.open(base + page[1], page[2], 1);
                browser.close(tabs);
            }
            Histogram baseline = Histogram.of(pid);
            System.out.printf("%nLive heap with no open session: %.1f MB%n", baseline.bytes / 1e6);
            System.out.printf(
                    "%n%-34s %8s %12s %12s %14s%n", "page", "sessions", "before (MB)", "after (MB)", "KB per session");
            Map<String, List<String>> growth = new LinkedHashMap<>();
            for (String[] page : pages) {
                Histogram before = Histogram.of(pid);
                List<Tab> tabs = browser.open(base + page[1], page[2], sessions);
                Histogram after = Histogram.of(pid);
                browser.close(tabs);
                System.out.printf(
                        "%-34s %8d %12.1f %12.1f %14.1f%n",
                        page[0],
                        tabs.size(),
                        before.bytes / 1e6,
                        after.bytes / 1e6,
                        (after.bytes - before.bytes) / 1024.0 / tabs.size());
                growth.put(page[0], after.topGrowth(before, tabs.size()));
            }
            for (var entry : growth.entrySet()) {
                System.out.printf(
                        "%nClasses that grew most per session, %s (bytes per session, instances):%n", entry.getKey());
                entry.getValue().forEach(line -> System.out.println("  " + line));
            }
        }
    }

    /** A class histogram of the live objects (jcmd runs a full GC first); the smaller of two readings. */
    record Histogram(long bytes, Map<String, long[]> classes) {

        static Histogram of(long pid) throws IOException, InterruptedException {
            Histogram first = read(pid);
            Thread.sleep(500);
            Histogram second = read(pid);
            return first.bytes <= second.bytes ? first : second;
        }

        private static Histogram read(long pid) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            Map<String, long[]> classes = new HashMap<>();
            long total = -1;
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = HISTO_LINE.matcher(line);
                    if (m.find()) {
                        classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
                    }
                    Matcher t = TOTAL_LINE.matcher(line);
                    if (t.find()) {
                        total = Long.parseLong(t.group(2));
                    }
                }
            }
            if (!jcmd.waitFor(120, TimeUnit.SECONDS) || total < 0) {
                throw new IllegalStateException("jcmd GC.class_histogram failed for pid " + pid);
            }
            return new Histogram(total, classes);
        }

        List<String> topGrowth(Histogram before, int sessions) {
            List<String> lines = new ArrayList<>();
            classes.entrySet().stream()
                    .map(e -> {
                        long[] old = before.classes.getOrDefault(e.getKey(), new long[2]);
                        return Map.entry(e.getKey(), new long[] {e.getValue()[0] - old[0], e.getValue()[1] - old[1]});
                    })
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(TOP_CLASSES)
                    .forEach(e -> lines.add(String.format(
                            "%9.0f B %9.1f  %s",
                            e.getValue()[1] / (double) sessions, e.getValue()[0] / (double) sessions, e.getKey())));
            return lines;
        }
    }

    record Tab(String contextId, String sessionId) {}

    /** The few DevTools protocol commands needed, over the browser's WebSocket. */
    static final class DevTools implements WebSocket.Listener, AutoCloseable {

        private static final Pattern WS_URL = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static DevTools connect(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String version = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/version"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = WS_URL.matcher(version);
            if (!m.find()) {
                throw new IllegalStateException("No DevTools WebSocket in " + version);
            }
            DevTools devTools = new DevTools();
            devTools.socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(m.group(1)), devTools)
                    .get(30, TimeUnit.SECONDS);
            return devTools;
        }

        /** Opens {@code count} tabs on the URL, each in a fresh browser context, and waits until each shows the selector. */
        List<Tab> open(String url, String selector, int count) throws Exception {
            List<Tab> tabs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String context = field(
                        send("Target.createBrowserContext", "{\"disposeOnDetach\":true}", null), "browserContextId");
                String target = field(
                        send(
                                "Target.createTarget",
                                "{\"url\":\"" + url + "\",\"browserContextId\":\"" + context + "\"}",
                                null),
                        "targetId");
                String session = field(
                        send("Target.attachToTarget", "{\"targetId\":\"" + target + "\",\"flatten\":true}", null),
                        "sessionId");
                tabs.add(new Tab(context, session));
            }
            String check = "{\"expression\":\"!!document.querySelector('" + selector + "')\",\"returnByValue\":true}";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            List<Tab> waiting = new ArrayList<>(tabs);
            while (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    screenshot(waiting.get(0), "not-ready");
                    throw new IllegalStateException(waiting.size() + " tabs never showed " + selector + " on " + url
                            + " (screenshot of one: target/bench-sessions/not-ready.png)");
                }
                List<Tab> still = new ArrayList<>();
                for (Tab tab : waiting) {
                    if (!send("Runtime.evaluate", check, tab.sessionId).contains("\"value\":true")) {
                        still.add(tab);
                    }
                }
                waiting = still;
                if (!waiting.isEmpty()) {
                    Thread.sleep(1000);
                }
            }
            Thread.sleep(3000); // let the last round trips (data provider fetches) land
            screenshot(tabs.get(0), url.replaceAll("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-"));
            return tabs;
        }

        /** What the user of one tab sees, as target/bench-sessions/NAME.png. */
        void screenshot(Tab tab, String name) throws Exception {
            Matcher m = Pattern.compile("\"data\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(send("Page.captureScreenshot", "{\"format\":\"png\"}", tab.sessionId));
            if (m.find()) {
                java.nio.file.Files.write(
                        java.nio.file.Path.of("target/bench-sessions", (name.isEmpty() ? "home" : name) + ".png"),
                        java.util.Base64.getDecoder().decode(m.group(1)));
            }
        }

        void close(List<Tab> tabs) throws Exception {
            for (Tab tab : tabs) {
                send("Target.disposeBrowserContext", "{\"browserContextId\":\"" + tab.contextId + "\"}", null);
            }
        }

        String send(String method, String params, String sessionId) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            pending.put(id, answer);
            String message = "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                    + (sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"") + "}";
            synchronized (this) {
                socket.sendText(message, true).get(30, TimeUnit.SECONDS);
            }
            String result = answer.get(60, TimeUnit.SECONDS);
            if (result.contains("\"error\":")) {
                throw new IllegalStateException(method + ": " + result);
            }
            return result;
        }

        private static String field(String json, String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("No " + name + " in " + json);
            }
            return m.group(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher m = ID.matcher(message);
                if (m.find()) {
                    CompletableFuture<String> answer = pending.remove(Integer.parseInt(m.group(1)));
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "")
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
        }
    }
}
