import Foundation

/// nginx serving one static file: the floor for serving a page of a given size.
public struct StaticServer: Sendable {
    let process: ChildProcess
    public let port: Int

    /// Whether nginx is installed.
    public static var available: Bool { Executable.find("nginx") != nil }

    /// Starts nginx in `folder` on `port`, serving `body` as /page.html.
    public static func start(folder: URL, port: Int, body: Data) throws -> StaticServer {
        guard let nginx = Executable.find("nginx") else { throw BenchError("nginx ontbreekt (nginx not installed)") }
        let root = folder.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try body.write(to: root.appendingPathComponent("page.html"))
        let prefix = folder.path
        // Everything nginx writes stays in the folder; it runs in the foreground so that
        // stopping its master process stops it all.
        let config = """
            worker_processes 2;
            daemon off;
            pid \(prefix)/nginx.pid;
            error_log \(prefix)/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path \(prefix)/tmp-body;
                proxy_temp_path \(prefix)/tmp-proxy;
                fastcgi_temp_path \(prefix)/tmp-fastcgi;
                uwsgi_temp_path \(prefix)/tmp-uwsgi;
                scgi_temp_path \(prefix)/tmp-scgi;
                default_type text/html;
                server {
                    listen 127.0.0.1:\(port);
                    root \(root.path);
                }
            }
            """
        let configFile = folder.appendingPathComponent("nginx.conf")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        let process = try ChildProcess.start(
            nginx, ["-p", prefix, "-c", configFile.path], log: folder.appendingPathComponent("nginx.log").path)
        let server = StaticServer(process: process, port: port)
        guard HTTPProbe(port: port).waitUntilUp(path: "/page.html", timeout: 10) else {
            server.stop()
            throw BenchError("nginx start niet (nginx did not start), zie \(prefix)/nginx.log")
        }
        return server
    }

    /// Stops nginx and its workers (SIGTERM to the master is a fast shutdown).
    public func stop() {
        process.stop(grace: 5)
    }
}
