namespace Shipping { class P {} }
