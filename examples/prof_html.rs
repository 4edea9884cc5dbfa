use std::io::Read;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut pages = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in paths.iter().take(60) {
        let mut b = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap()).read_to_end(&mut b).unwrap();
        pages.push(unclutter::html::decode(&b).into_owned());
    }
    let mut n = 0;
    for p in &pages {
        n += unclutter::clean_html(p).len();
    }
    println!("{n}");
}
