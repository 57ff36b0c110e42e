fn main() { a::a() }
