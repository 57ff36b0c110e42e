fn main() {
    println!("wordfreq 0.3.1");
}
