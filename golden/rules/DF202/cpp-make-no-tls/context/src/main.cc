#include <iostream>

int main() {
  std::cout << "csvstat 1.0\n";
}
