namespace Core; public record Entity(int Id);
