fn main() {
    let raw = std::fs::read_to_string("/work/shared/bench/noise-dev/input.jsonl").unwrap();
    let docs: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    let clean = std::env::args().nth(1).is_some();
    let docs: Vec<String> =
        if clean { docs.iter().map(|d| unclutter::clean_text(d).into_owned()).collect() } else { docs };
    let mut n = 0;
    for _ in 0..3 {
        for d in &docs {
            n += unclutter::clean_text(d).len();
        }
    }
    println!("{n}");
}
