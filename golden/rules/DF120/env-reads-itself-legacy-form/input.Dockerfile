# The legacy `ENV KEY value` form reads itself too: repeated above the install it would change PATH.
FROM python:3.11
COPY . /app
WORKDIR /app
ENV PATH /opt/tools/bin:$PATH
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
