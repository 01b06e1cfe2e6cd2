//! A real SMTP server in its own process for the tests: Python's standard `smtpd` debugging
//! server, which accepts every message and prints it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    received: Arc<Mutex<String>>,
}

impl SmtpServer {
    pub async fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new("python3")
            .args(["-u", "-W", "ignore", "-m", "smtpd", "-n", "-c", "DebuggingServer"])
            .arg(format!("127.0.0.1:{port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs the SMTP server");
        let received = Arc::new(Mutex::new(String::new()));
        let stdout = child.stdout.take().expect("stdout");
        let sink = Arc::clone(&received);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let mut text = sink.lock().expect("lock");
                text.push_str(&line);
                text.push('\n');
            }
        });
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the SMTP server did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        SmtpServer { child, port, received }
    }

    /// Everything received once `needle` has arrived (waits up to 15 seconds).
    pub async fn wait_for(&self, needle: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.received.lock().expect("lock").clone();
            if text.contains(needle) {
                return text;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "no mail with {needle:?}; received:\n{text}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
